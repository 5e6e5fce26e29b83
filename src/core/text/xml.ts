// XML parsing for package parts (a .docx being read, an .xlsx's sheets and relationships), refusing
// what neither ever contains: a DOCTYPE. Without one there are no entity definitions to expand
// (billion laughs) and no external entities to fetch. The messages speak of a Word document: the
// .docx reader is the one that shows them to the clerk.

import { DOMParser, type Document } from '@xmldom/xmldom';
import { failure, success, type Result } from '../result';

const DOCTYPE = /<!(DOCTYPE|ENTITY)/i;

export function parseXml(text: string, part: string): Result<Document> {
  if (DOCTYPE.test(text)) {
    return failure('xml-doctype', `文档内部的 ${part} 含有 DOCTYPE/实体声明，Word 文档不会包含这些内容，可能是恶意文件，已拒绝读取。`, { part });
  }
  try {
    const parser = new DOMParser({
      locator: false,
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
    return success(parser.parseFromString(text, 'text/xml'));
  } catch {
    return failure('xml-corrupt', `文档内部的 ${part} 已损坏（XML 格式错误），请在 Word/WPS 中打开后重新另存为 .docx。`, { part });
  }
}
