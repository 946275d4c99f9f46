/** A small well-formedness check of XML text for the tests (tags balanced, attributes quoted, entities known). */

/** Problems found in `xml` (empty when well formed), and the element names in document order. */
export function checkXml(xml: string): { problems: string[]; elements: string[] } {
  const problems: string[] = [];
  const elements: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(body))) {
    const [whole, close, name, , selfClose] = match;
    if (whole.startsWith('<!--')) continue;
    if (whole === '<') problems.push(`stray "<" at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    else if (whole === '&') problems.push(`unescaped "&" at ${match.index}`);
    else if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else {
      elements.push(name!);
      if (!selfClose) stack.push(name!);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return { problems, elements };
}
