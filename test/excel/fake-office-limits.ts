// What the fake Excel measures and refuses the way Excel does, kept apart from the object model
// (fake-excel.ts) and from the add-in's own estimates (src/excel/sync-budget.ts is never used here):
//  - requirement sets: a member brought by a later ExcelApi set than the fake's apiLevel fails with
//    ApiNotFound (the sets are Microsoft's, listed in fake-api-sets.ts);
//  - a batch is serialised as Office.js sends it, a JSON message of actions and object paths
//    (RichApi: {"Actions":[{"Id","ActionType","Name","ObjectPathId","ArgumentInfo":{"Arguments":[…]}}],
//    "ObjectPaths":{…}}), and refused over 5 MB; so is the response, the loaded values as JSON
//    ({"Results":[{"ActionId","Value":…}]}). Excel on the web limits both to 5 MB ("Resource limits
//    and performance optimization for Office Add-ins"; RequestPayloadSizeLimitExceeded, and
//    Excel.ErrorCodes.responsePayloadSizeLimitExceeded);
//  - the add-in's settings: 2 MB in all (Office.Settings; saves fail near 1 MB in office-js #3957,
//    with "The argument is invalid or missing or has an incorrect format").

import { FAKE_API_SETS } from './fake-api-sets';

/** Excel on the web's limit for a request, and for a response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Office's limit for the settings of one add-in in one document. */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON, as it travels between the pane and Excel. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value ?? null)).length;
}

/** An error as Office.js raises it: the code in `code` (and first in the message, as the tests read it). */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** The object path a request acts on (a range by its indexes, a RangeAreas by its address): sent once per batch. */
export interface ObjectPathInfo {
  name: string;
  args: unknown[];
}

// Ids as a batch of some thousand requests has them (five digits), so the framing is counted at its real length.
const ID = 12345;
/** Every action's own path (a property or method of its parent), and the Instantiate action Office.js sends for it. */
const PATH_FRAMING = jsonBytes({ [ID]: { Id: ID, ObjectPathType: 4, Name: 'format', ParentObjectPathId: ID } }) + jsonBytes({ Id: ID, ActionType: 1, Name: '', ObjectPathId: ID });

/** One queued request as it is serialised: the action with its arguments, its own path, and its root path once. */
export class RequestSizer {
  private bytes = jsonBytes({ Actions: [], ObjectPaths: {} });
  private readonly paths = new Set<ObjectPathInfo>();

  add(name: string, args: unknown, root?: ObjectPathInfo): void {
    this.bytes += jsonBytes({ Id: ID, ActionType: 4, Name: name, ObjectPathId: ID, ArgumentInfo: { Arguments: [args ?? null] } }) + PATH_FRAMING + 2;
    if (root && !this.paths.has(root)) {
      this.paths.add(root);
      this.bytes += jsonBytes({ [ID]: { Id: ID, ObjectPathType: 3, Name: root.name, ParentObjectPathId: ID, ArgumentInfo: { Arguments: root.args } } });
    }
  }

  get total(): number {
    return this.bytes;
  }
}

/** One load's result as it comes back: {"ActionId":…,"Value":{…the properties asked for…}}. */
export function resultBytes(value: unknown): number {
  return jsonBytes({ ActionId: ID, Value: value }) + 1;
}

const SET_OF = new Map(Object.entries(FAKE_API_SETS).flatMap(([set, members]) => members.map((member) => [member, set] as const)));

/** The set Microsoft documents for an Excel member (「Range.getRangeByIndexes」), as the fake knows it. */
export function fakeApiSet(member: string): string | undefined {
  return SET_OF.get(member);
}

/** True when set a.b is later than c.d. */
export function laterSet(set: string, than: string): boolean {
  const [major = 0, minor = 0] = set.split('.').map(Number);
  const [haveMajor = 0, haveMinor = 0] = than.split('.').map(Number);
  return major > haveMajor || (major === haveMajor && minor > haveMinor);
}

/**
 * An object of the fake as the Excel interface `api` (「Range」): reading or setting a member that
 * came with a later set than the Excel's fails with ApiNotFound, as in an older Excel. Setting is
 * checked on a setter, or on any property of an object made of settable properties (`settable`,
 * such as format.font): a fake's own fields, assigned as it is built, are not members.
 */
export function officeObject<T extends object>(excel: { requireApi(set: string, member: string): void }, api: string, target: T, settable = false): T {
  const check = (key: string | symbol) => {
    if (typeof key !== 'string') return;
    const member = `${api}.${key}`;
    const set = SET_OF.get(member);
    if (set) excel.requireApi(set, member);
  };
  return new Proxy(target, {
    get(object, key, receiver) {
      check(key);
      return Reflect.get(object, key, receiver);
    },
    set(object, key, value, receiver) {
      if (settable || hasSetter(object, key)) check(key);
      return Reflect.set(object, key, value, receiver);
    },
  });
}

function hasSetter(object: object, key: string | symbol): boolean {
  for (let at: object | null = object; at; at = Object.getPrototypeOf(at) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(at, key);
    if (descriptor) return descriptor.set !== undefined;
  }
  return false;
}
