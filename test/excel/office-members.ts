// Every Excel and Office member the add-in's code uses, found by the TypeScript checker (a property
// access, or a property of an object literal typed by Office.js, whose declaration is in the
// office-js typings), with the requirement set Microsoft documents for it there ([Api set: …]).

import * as path from 'node:path';
import ts from 'typescript';

export interface UsedMember {
  /** 「Range.getRangeByIndexes」: the declaring class or interface and the member. */
  member: string;
  /** The documented set, 「ExcelApi 1.7」; undefined when the typings name none. */
  documented?: string;
  /** Where it is used, 「src/excel/mark-cells.ts:51」 (the first use). */
  at: string;
}

const ROOT = path.resolve(__dirname, '../..');

/** Scans the given source files (relative to the repository) for Excel.* and Office.* members. */
export function officeMembersUsed(files: string[]): UsedMember[] {
  const program = ts.createProgram(
    files.map((file) => path.join(ROOT, file)),
    { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.ReactJSX, strict: true, skipLibCheck: true, noEmit: true, types: ['office-js'] },
  );
  const checker = program.getTypeChecker();
  const found = new Map<string, UsedMember>();
  const record = (symbol: ts.Symbol | undefined, node: ts.Node) => {
    const declaration = symbol?.declarations?.[0];
    if (!declaration || !declaration.getSourceFile().fileName.includes('@types/office-js')) return;
    const owner = declaration.parent;
    if (!owner || !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner) || ts.isModuleBlock(owner))) return;
    const ownerName = ts.isModuleBlock(owner) ? (owner.parent as ts.ModuleDeclaration).name.getText() : (owner.name?.getText() ?? '');
    const member = `${ownerName}.${symbol?.getName() ?? ''}`;
    if (found.has(member)) return;
    const source = node.getSourceFile();
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const documented = /\[Api set: ([A-Za-z]+ [\d.]+)/.exec(declaration.getFullText())?.[1];
    found.set(member, { member, ...(documented ? { documented } : {}), at: `${path.relative(ROOT, source.fileName)}:${line}` });
  };
  for (const file of files) {
    const source = program.getSourceFile(path.join(ROOT, file));
    if (!source) throw new Error(`not compiled: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name), node.name);
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'load') {
        // load('values, numberFormat') and load('items/name'): each property named is a member used.
        const [names] = node.arguments;
        const receiver = checker.getTypeAtLocation(node.expression.expression);
        if (names && ts.isStringLiteralLike(names)) {
          for (const name of names.text.split(',').map((n) => n.trim())) {
            const [head = '', tail] = name.split('/');
            const items = tail === undefined ? undefined : receiver.getProperty(head);
            const itemType = items ? checker.getTypeOfSymbolAtLocation(items, node).getNumberIndexType() : undefined;
            record(tail === undefined ? receiver.getProperty(head) : itemType?.getProperty(tail), names);
          }
        }
      }
      else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const literal = node.parent;
        const contextual = ts.isObjectLiteralExpression(literal) ? checker.getContextualType(literal) : undefined;
        const name = node.name.getText();
        record(contextual?.getProperty(name) ?? contextual?.getNonNullableType().getProperty(name), node.name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found.values()].sort((a, b) => a.member.localeCompare(b.member));
}
