// Every Excel and Office member the add-in calls, with the requirement set that brought it, as
// Microsoft's Excel JavaScript API reference gives it ([Api set: ExcelApi x.y] on each member's page;
// the office-js typings carry the same notes, and test/excel/api-sets.test.ts checks this table
// against them and against the code: a member used and not listed here fails it, and so does one
// listed and no longer used). manifest.xml declares the highest set below, so Excel builds without
// it never load the add-in: a member of a later set must be used only behind
// Office.context.requirements.isSetSupported, with a fallback or a message naming the Excel needed.
// Loading, `items`, `isNullObject` and `sync` belong to every object and are not listed.
// 'Common' is Office's common API (Office.onReady, the display language), present in every host.

/** The ExcelApi set manifest.xml requires: the highest in the table below but for the guarded members. */
export const MANIFEST_EXCEL_API = '1.10';

export const EXCEL_MEMBERS: Readonly<Record<string, string>> = {
  'Comment.content': 'ExcelApi 1.10',
  'Comment.delete': 'ExcelApi 1.10',
  'Comment.getLocation': 'ExcelApi 1.10',
  'Comment.id': 'ExcelApi 1.10',
  'CommentCollection.add': 'ExcelApi 1.10',
  'CommentCollection.getItem': 'ExcelApi 1.10',
  'CustomXmlPart.delete': 'ExcelApi 1.5',
  'CustomXmlPart.getXml': 'ExcelApi 1.5',
  'CustomXmlPart.id': 'ExcelApi 1.5',
  'CustomXmlPartCollection.add': 'ExcelApi 1.5',
  'CustomXmlPartCollection.getByNamespace': 'ExcelApi 1.5',
  'DataValidation.errorAlert': 'ExcelApi 1.8',
  'DataValidation.rule': 'ExcelApi 1.8',
  'DataValidationErrorAlert.message': 'ExcelApi 1.8',
  'DataValidationErrorAlert.showAlert': 'ExcelApi 1.8',
  'DataValidationErrorAlert.style': 'ExcelApi 1.8',
  'DataValidationErrorAlert.title': 'ExcelApi 1.8',
  'DataValidationRule.list': 'ExcelApi 1.8',
  'FormatProtection.locked': 'ExcelApi 1.2',
  'ListDataValidation.inCellDropDown': 'ExcelApi 1.8',
  'ListDataValidation.source': 'ExcelApi 1.8',
  'PageLayout.bottomMargin': 'ExcelApi 1.9',
  'PageLayout.footerMargin': 'ExcelApi 1.9',
  'PageLayout.headerMargin': 'ExcelApi 1.9',
  'PageLayout.leftMargin': 'ExcelApi 1.9',
  'PageLayout.orientation': 'ExcelApi 1.9',
  'PageLayout.paperSize': 'ExcelApi 1.9',
  'PageLayout.rightMargin': 'ExcelApi 1.9',
  'PageLayout.setPrintTitleRows': 'ExcelApi 1.9',
  'PageLayout.topMargin': 'ExcelApi 1.9',
  'PageLayout.zoom': 'ExcelApi 1.9',
  'PageLayoutZoomOptions.horizontalFitToPages': 'ExcelApi 1.9',
  'PageLayoutZoomOptions.verticalFitToPages': 'ExcelApi 1.9',
  'Range.address': 'ExcelApi 1.1',
  'Range.columnCount': 'ExcelApi 1.1',
  'Range.columnHidden': 'ExcelApi 1.2',
  'Range.columnIndex': 'ExcelApi 1.1',
  'Range.dataValidation': 'ExcelApi 1.8',
  'Range.format': 'ExcelApi 1.1',
  'Range.getIntersectionOrNullObject': 'ExcelApi 1.4',
  'Range.getTables': 'ExcelApi 1.9',
  'Range.merge': 'ExcelApi 1.2',
  'Range.numberFormat': 'ExcelApi 1.1',
  'Range.rowCount': 'ExcelApi 1.1',
  'Range.rowIndex': 'ExcelApi 1.1',
  'Range.select': 'ExcelApi 1.1',
  'Range.setCellProperties': 'ExcelApi 1.9',
  'Range.setColumnProperties': 'ExcelApi 1.9',
  'Range.setRowProperties': 'ExcelApi 1.9',
  'Range.values': 'ExcelApi 1.1',
  'Range.worksheet': 'ExcelApi 1.1',
  'RangeAreas.format': 'ExcelApi 1.9',
  'RangeBorder.color': 'ExcelApi 1.1',
  'RangeBorder.style': 'ExcelApi 1.1',
  'RangeBorder.weight': 'ExcelApi 1.1',
  'RangeBorderCollection.getItem': 'ExcelApi 1.1',
  'RangeFill.clear': 'ExcelApi 1.1',
  'RangeFill.color': 'ExcelApi 1.1',
  'RangeFill.pattern': 'ExcelApi 1.9',
  'RangeFill.tintAndShade': 'ExcelApi 1.9',
  'RangeFont.bold': 'ExcelApi 1.1',
  'RangeFont.color': 'ExcelApi 1.1',
  'RangeFont.size': 'ExcelApi 1.1',
  'RangeFont.underline': 'ExcelApi 1.1',
  'RangeFormat.borders': 'ExcelApi 1.1',
  'RangeFormat.fill': 'ExcelApi 1.1',
  'RangeFormat.font': 'ExcelApi 1.1',
  'RangeFormat.horizontalAlignment': 'ExcelApi 1.1',
  'RangeFormat.protection': 'ExcelApi 1.2',
  'RangeFormat.verticalAlignment': 'ExcelApi 1.1',
  'RangeFormat.wrapText': 'ExcelApi 1.1',
  'RangeHyperlink.documentReference': 'ExcelApi 1.7',
  'RangeHyperlink.textToDisplay': 'ExcelApi 1.7',
  'SettableCellProperties.hyperlink': 'ExcelApi 1.9',
  'SettableColumnProperties.format': 'ExcelApi 1.9',
  'SettableRowProperties.format': 'ExcelApi 1.9',
  'Setting.delete': 'ExcelApi 1.4',
  'Setting.value': 'ExcelApi 1.4',
  'SettingCollection.add': 'ExcelApi 1.4',
  'SettingCollection.getItem': 'ExcelApi 1.4',
  'SettingCollection.getItemOrNullObject': 'ExcelApi 1.4',
  'Table.getRange': 'ExcelApi 1.1',
  'Table.name': 'ExcelApi 1.1',
  'Table.showBandedRows': 'ExcelApi 1.3',
  'Table.style': 'ExcelApi 1.1',
  'TableCollection.add': 'ExcelApi 1.1',
  'Workbook.comments': 'ExcelApi 1.10',
  'Workbook.customXmlParts': 'ExcelApi 1.5',
  'Workbook.getSelectedRange': 'ExcelApi 1.1',
  'Workbook.settings': 'ExcelApi 1.4',
  'Workbook.tables': 'ExcelApi 1.1',
  'Workbook.worksheets': 'ExcelApi 1.1',
  'Worksheet.activate': 'ExcelApi 1.1',
  'Worksheet.comments': 'ExcelApi 1.10',
  'Worksheet.delete': 'ExcelApi 1.1',
  'Worksheet.freezePanes': 'ExcelApi 1.7',
  'Worksheet.getRangeByIndexes': 'ExcelApi 1.7',
  'Worksheet.getRanges': 'ExcelApi 1.9',
  'Worksheet.getUsedRange': 'ExcelApi 1.1',
  'Worksheet.id': 'ExcelApi 1.1',
  'Worksheet.name': 'ExcelApi 1.1',
  'Worksheet.pageLayout': 'ExcelApi 1.9',
  'Worksheet.protection': 'ExcelApi 1.2',
  'Worksheet.tables': 'ExcelApi 1.1',
  'WorksheetCollection.add': 'ExcelApi 1.1',
  'WorksheetCollection.getItem': 'ExcelApi 1.1',
  'WorksheetFreezePanes.freezeAt': 'ExcelApi 1.7',
  'WorksheetFreezePanes.freezeColumns': 'ExcelApi 1.7',
  'WorksheetFreezePanes.freezeRows': 'ExcelApi 1.7',
  'WorksheetProtection.protect': 'ExcelApi 1.2',
  'WorksheetProtection.protected': 'ExcelApi 1.2',
  'WorksheetProtectionOptions.allowAutoFilter': 'ExcelApi 1.2',
  'WorksheetProtectionOptions.allowFormatColumns': 'ExcelApi 1.2',
  'WorksheetProtectionOptions.allowFormatRows': 'ExcelApi 1.2',
  'Excel.run': 'ExcelApi 1.1',
  'RequestContext.workbook': 'ExcelApi 1.1',
  'Office.onReady': 'Common',
  'Office.HostType': 'Common',
  'Context.displayLanguage': 'Common',
  'Context.requirements': 'Common',
  'RequirementSetSupport.isSetSupported': 'Common',
  // Later than the manifest's set: reached only where hasExcelMember says this Excel has them.
  'Worksheet.notes': 'ExcelApi 1.18',
  'Note.content': 'ExcelApi 1.18',
  'Note.getLocation': 'ExcelApi 1.18',
};

/** True when ExcelApi set a.b is later than c.d. */
export function laterExcelApi(set: string, than: string): boolean {
  const [major = 0, minor = 0] = set.split('.').map(Number);
  const [thanMajor = 0, thanMinor = 0] = than.split('.').map(Number);
  return major > thanMajor || (major === thanMajor && minor > thanMinor);
}

/**
 * Whether the running Excel has a member of the table. Every Excel that loads the add-in has the
 * manifest's set; a later one is asked of Office as Microsoft advises
 * (Office.context.requirements.isSetSupported). Without an Office to ask (the renderer's tests),
 * nothing later is assumed.
 */
export function hasExcelMember(member: string): boolean {
  const set = EXCEL_MEMBERS[member];
  if (!set) throw new Error(`${member} is not in the table of Excel members`);
  const version = set.replace(/^ExcelApi /, '');
  if (!set.startsWith('ExcelApi ') || !laterExcelApi(version, MANIFEST_EXCEL_API)) return true;
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported('ExcelApi', version) === true;
}
