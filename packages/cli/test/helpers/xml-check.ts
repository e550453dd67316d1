// A structural XML check for tests, enough to prove a report is well-formed XML 1.0 (no parser dependency):
// one root, balanced tags, quoted attributes without `<` or a raw `&`, known entities only, no control characters.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, where: number): string {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/.test(text))
    throw new Error(`control character in XML at ${where}`);
  return text.replace(/&([^;\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';') || !(name in ENTITIES)) throw new Error(`bad entity ${whole} at ${where}`);
    return ENTITIES[name]!;
  });
}

export function checkXml(xml: string): XmlElement {
  let at = 0;
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!declaration) throw new Error('no XML declaration');
  at = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt === -1 ? xml.length : lt);
    if (stack.length) stack.at(-1)!.text += decode(text, at);
    else if (text.trim()) throw new Error(`text outside the root at ${at}`);
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error(`unclosed tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    at = gt + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1)) throw new Error(`</${tag.slice(1)}> does not close <${open?.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^[A-Za-z_][\w.-]*/.exec(body)?.[0];
    if (!name) throw new Error(`bad tag <${tag}>`);
    const attributes: Record<string, string> = {};
    const rest = body.slice(name.length);
    const attribute = /\s+([A-Za-z_][\w.-]*)="([^"<]*)"/y;
    let match: RegExpExecArray | null;
    let consumed = 0;
    while ((match = attribute.exec(rest))) {
      if (match[1]! in attributes) throw new Error(`duplicate attribute ${match[1]}`);
      attributes[match[1]!] = decode(match[2]!, lt);
      consumed = attribute.lastIndex;
    }
    if (rest.slice(consumed).trim()) throw new Error(`bad attributes in <${tag}>`);
    const element: XmlElement = { name, attributes, children: [], text: '' };
    if (stack.length) stack.at(-1)!.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length || !root) throw new Error('unbalanced XML');
  return root;
}
