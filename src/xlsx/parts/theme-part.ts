// The workbook's theme (xl/theme/theme1.xml). Optional in OOXML, but the default font of styles.xml
// takes its colour from the theme (theme="1") as Excel's own files do, and a package without one has
// been refused by readers and file filters (exceljs#425, fastexcel#542). It is the Office theme
// ExcelJS writes, so a workbook reads as the ExcelJS-written ones did before the direct writer.
import THEME_XML from 'exceljs/lib/xlsx/xml/theme1';

export const THEME_PART = 'xl/theme/theme1.xml';
export { THEME_XML };
