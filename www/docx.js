// Reads the text of a .docx in the browser with nothing but the platform: a .docx is a ZIP
// archive; its body is `word/document.xml`. The ZIP directory is read here (about 40 lines),
// the entry is inflated with `DecompressionStream('deflate-raw')` and the XML parsed with
// `DOMParser`. No library, no network. Old binary .doc files are not supported.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The bytes of one file inside a ZIP archive, or `null` when it is not there. */
async function unzipEntry(buffer, wanted) {
  const view = new DataView(buffer);
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buffer.byteLength - 22; i >= Math.max(0, buffer.byteLength - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('不是有效的 .docx 文件（ZIP 目录缺失）。');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(new Uint8Array(buffer, at + 46, nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (name !== wanted) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = new Uint8Array(buffer, start, size);
    if (method === 0) return data;
    if (method !== 8) throw new Error('.docx 使用了不支持的压缩方式。');
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return null;
}

/** Text of a paragraph: runs, tabs and line breaks (deleted tracked changes are left out). */
function paragraphText(p) {
  let out = '';
  const walk = (node) => {
    for (const c of node.children) {
      if (c.namespaceURI !== W) continue;
      switch (c.localName) {
        case 't':
          out += c.textContent;
          break;
        case 'tab':
          out += '\t';
          break;
        case 'br':
        case 'cr':
          out += '\n';
          break;
        case 'noBreakHyphen':
          out += '-';
          break;
        case 'del':
        case 'instrText':
        case 'delText':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return out;
}

/** Body text: one line per paragraph; table rows as lines with cells separated by tabs. */
function blockText(node, lines) {
  for (const c of node.children) {
    if (c.namespaceURI !== W) continue;
    if (c.localName === 'p') lines.push(paragraphText(c));
    else if (c.localName === 'tbl') {
      for (const tr of c.children) {
        if (tr.localName !== 'tr') continue;
        const cells = [...tr.children].filter((tc) => tc.localName === 'tc').map((tc) => {
          const inner = [];
          blockText(tc, inner);
          return inner.join(' ').trim();
        });
        lines.push(cells.join('\t'));
      }
    } else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml') blockText(c, lines);
  }
}

/** Extracts the plain text of a .docx file (a `Blob`/`File`). */
export async function docxToText(file) {
  const xml = await unzipEntry(await file.arrayBuffer(), 'word/document.xml');
  if (!xml) throw new Error('这个 .docx 文件里没有正文（word/document.xml）。');
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(xml), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('.docx 正文无法解析。');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) return '';
  const lines = [];
  blockText(body, lines);
  return lines.join('\n');
}

/**
 * Reads a plain-text file: UTF-8 (with or without BOM), UTF-16 with BOM, and otherwise GB18030
 * (GBK), which many Chinese office machines still write.
 */
export async function readTextFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
