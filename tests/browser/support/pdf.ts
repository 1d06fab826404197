import { inflateSync } from 'node:zlib';

/**
 * How full each page of a PDF that Chromium printed is: for each page, in order, how far down the
 * page its lowest line of text lies, as a share of the page's printable height (0 to 1). (Boxes are
 * left out: a page's background is one.)
 * Chromium's PDF (Skia) draws each page as the document's layout in CSS pixels, shifted to the
 * page's slice: `s 0 0 s x y cm` inside the printable area's clip `x y w h re W* n`, then text at
 * `1 0 0 -1 x y Tm`, in the document's own pixels.
 */
export function pdfPageFill(pdf: Buffer): number[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  const objectPattern = /(\d+) 0 obj\b/g;
  for (let match = objectPattern.exec(text); match; match = objectPattern.exec(text)) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dataStart = text[streamAt + 6] === '\r' ? streamAt + 8 : streamAt + 7;
      const dataEnd = text.indexOf('endstream', dataStart);
      objects.set(Number(match[1]), { dict: text.slice(start, streamAt), stream: pdf.subarray(dataStart, dataEnd) });
      objectPattern.lastIndex = text.indexOf('endobj', dataEnd);
    } else {
      objects.set(Number(match[1]), { dict: text.slice(start, endAt) });
      objectPattern.lastIndex = endAt;
    }
  }
  // The page tree's root (the only /Pages without a /Parent); a long document nests /Pages in it.
  const isPages = (dict: string | undefined) => dict !== undefined && /\/Type \/Pages\b/.test(dict);
  const root = [...objects.values()].find((entry) => isPages(entry.dict) && !/\/Parent\b/.test(entry.dict));
  const leaves = (dict: string | undefined): number[] =>
    [...(dict?.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].flatMap((m) => {
      const id = Number(m[1]);
      const child = objects.get(id)?.dict;
      return isPages(child) ? leaves(child) : [id];
    });
  const kids = leaves(root?.dict);
  return kids.map((kid) => {
    const contents = Number(objects.get(kid)?.dict.match(/\/Contents (\d+) 0 R/)?.[1]);
    const stream = objects.get(contents)?.stream;
    if (!stream) throw new Error(`page object ${kid} has no content stream`);
    const ops = inflateSync(stream).toString('latin1');
    const clip = ops.match(/([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re\s+W\*? n/);
    const shift = ops.match(/([-\d.]+) 0 0 \1 ([-\d.]+) ([-\d.]+) cm/);
    if (!clip || !shift) throw new Error('the page is not drawn as Chromium draws it');
    const scale = Number(shift[1]);
    const top = (Number(clip[2]) - Number(shift[3])) / scale;
    const height = Number(clip[4]) / scale;
    const body = ops.slice(ops.indexOf(shift[0]) + shift[0].length);
    let lowest = top;
    for (const match of body.matchAll(/1 0 0 -1 [-\d.]+ ([-\d.]+) Tm/g)) lowest = Math.max(lowest, Number(match[1]));
    return Math.min(1, Math.max(0, (lowest - top) / height));
  });
}
