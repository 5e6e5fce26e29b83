// Excel table names: unique in the workbook ignoring case, including tables already there, and
// plain ASCII so that every host and locale accepts them.

export class TableNames {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string>) {
    for (const name of existing) this.taken.add(name.toUpperCase());
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toUpperCase()); n++) name = `${wanted}_${n}`;
    this.taken.add(name.toUpperCase());
    return name;
  }
}
