// Excel's failures by Office error code (Excel.ErrorCodes), each with what to do, Chinese first and
// English for the English pane (issue 17 G). Kept out of strings.ts so that they load with
// excel-errors.ts when a failure happens, not with the pane's first screen.

interface ExcelErrorText {
  failed: string;
  unknown: string;
  errors: Record<string, string>;
}

const ZH: ExcelErrorText = {
  failed: 'Excel 未能完成操作',
  unknown: 'Excel 未能完成这项操作。请重试；仍然失败时，把「详细信息」中的文字发给维护人员。',
  errors: {
    AccessDenied: 'Excel 拒绝修改：工作表或工作簿可能受保护、只读，或正被他人编辑。请撤销保护（「审阅」→「撤销工作表保护」）或另存一份后重试。',
    ApiNotFound: '当前 Excel 版本不支持这项操作。请更新 Office（「文件」→「账户」→「更新选项」），或改用 Microsoft 365 的 Excel 网页版。',
    InvalidArgument: 'Excel 不接受这次写入（如单元格位置、工作表名称或批注）。请重试；仍然失败时，把「详细信息」中的文字发给维护人员。',
    ItemNotFound: '要用的工作表或单元格已不在工作簿中（可能被删除或改动过）。请重新「生成汇总工作表」后再试。',
    ItemAlreadyExists: '工作簿中已有同名的工作表或表格。请重试；仍然失败时，请改掉重名的工作表。',
    InsertDeleteConflict: '要写入的区域与插入、删除的行列或合并单元格冲突。请取消筛选和合并单元格后重试。',
    MergedRangeConflict: '要写入的区域与合并单元格冲突。请取消这些单元格的合并后重试。',
    RequestPayloadSizeLimitExceeded: '一次写入的数据超过了 Excel 的上限（网页版约 5 MB）。请把文件分成几份分别生成，或改用桌面版 Excel。',
    ResponsePayloadSizeLimitExceeded: '一次读取的数据超过了 Excel 的上限（网页版约 5 MB）。请选中较小的区域，或把表格分成几段分别处理。',
    GeneralException: 'Excel 内部出错，没有说明原因。请保存工作簿后重试；仍然失败时，关闭并重新打开工作簿。',
    InvalidOperation: 'Excel 此时不允许这项操作（例如工作簿只剩一个工作表，或正在共同编辑）。请稍后重试。',
    InvalidOperationInCellEditMode: 'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。',
    InvalidReference: '所指的区域无效。请重新选中工作表中的分工表后重试。',
    InvalidSelection: '当前选区无效。请重新选中工作表中的分工表后重试。',
    Unauthenticated: 'Office 登录已过期。请重新登录 Office 账户后重试。',
    ServiceNotAvailable: 'Excel 服务暂时不可用。请稍后重试。',
    ActivityLimitReached: 'Excel 暂时拒绝了过多的请求。请稍等片刻再试。',
    RequestAborted: 'Excel 中止了这次请求。请稍等片刻再试。',
    Conflict: '工作簿正被他人同时修改。请稍后重试。',
    MemoryLimitReached: 'Excel 内存不足。请关闭其他工作簿后重试，或把文件分成几份分别处理。',
    RangeExceedsLimit: '区域太大，超过了 Excel 一次能处理的单元格数。请选中较小的区域后重试。',
    UnsupportedOperation: '此版本的 Excel 不支持这项操作。请在 Windows 或 Mac 的 Microsoft 365 Excel 中使用。',
  },
};

const EN: ExcelErrorText = {
  failed: 'Excel could not finish',
  unknown: 'Excel could not finish this. Try again; if it still fails, send the text under Details to whoever maintains the add-in.',
  errors: {
    AccessDenied: 'Excel refused the change: the sheet or workbook may be protected, read-only or being edited by someone else. Unprotect it (Review → Unprotect Sheet) or save a copy, then try again.',
    ApiNotFound: 'This version of Excel cannot do this. Update Office (File → Account → Update Options) or use Excel for the web with Microsoft 365.',
    InvalidArgument: 'Excel did not accept what was written (a cell, a sheet name or a comment). Try again; if it still fails, send the text under Details to whoever maintains the add-in.',
    ItemNotFound: 'A sheet or cell this needs is no longer in the workbook (deleted or changed). Generate again, then retry.',
    ItemAlreadyExists: 'The workbook already has a sheet or table of that name. Try again; if it still fails, rename that sheet.',
    InsertDeleteConflict: 'The cells to write clash with inserted or deleted rows or columns, or with merged cells. Remove filters and merges, then try again.',
    MergedRangeConflict: 'The cells to write clash with merged cells. Unmerge them, then try again.',
    RequestPayloadSizeLimitExceeded: 'Too much data for Excel in one write (about 5 MB on the web). Split the file and generate each part, or use desktop Excel.',
    ResponsePayloadSizeLimitExceeded: 'Too much data for Excel in one read (about 5 MB on the web). Select a smaller range, or handle the table in parts.',
    GeneralException: 'Excel failed without saying why. Save the workbook and try again; if it still fails, close and reopen it.',
    InvalidOperation: 'Excel does not allow this now (the workbook keeps one sheet, or it is being co-edited). Try again later.',
    InvalidOperationInCellEditMode: 'Excel is editing a cell. Press Enter or Esc to finish, then try again.',
    InvalidReference: 'The range referred to is not valid. Select the table in the sheet again, then try again.',
    InvalidSelection: 'The selection is not valid. Select the table in the sheet again, then try again.',
    Unauthenticated: 'Your Office sign-in has expired. Sign in again, then try again.',
    ServiceNotAvailable: 'Excel is unavailable for the moment. Try again later.',
    ActivityLimitReached: 'Excel turned away too many requests for now. Wait a moment and try again.',
    RequestAborted: 'Excel stopped the request. Wait a moment and try again.',
    Conflict: 'Someone else is changing the workbook at the same time. Try again later.',
    MemoryLimitReached: 'Excel is out of memory. Close other workbooks and try again, or split the file.',
    RangeExceedsLimit: 'The range has more cells than Excel handles at once. Select a smaller range and try again.',
    UnsupportedOperation: 'This version of Excel cannot do this. Use Microsoft 365 Excel on Windows or Mac.',
  },
};

export const EXCEL_ERRORS = { zh: ZH, en: EN };
