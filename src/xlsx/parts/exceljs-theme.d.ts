// ExcelJS ships its default theme as a CommonJS module exporting the XML text.
declare module 'exceljs/lib/xlsx/xml/theme1' {
  const xml: string;
  export = xml;
}
