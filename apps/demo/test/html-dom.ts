// Helpers to inspect report HTML the way a browser parses it (parse5 is a spec-compliant parser).
import { parse } from "parse5";

export interface El {
  tag: string;
  attrs: Record<string, string>;
  attrNames: string[];
  text: string;
  children: El[];
}

type P5Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
};

function convert(node: P5Node): El {
  const children: El[] = [];
  let text = "";
  for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) {
    if (child.nodeName === "#text") text += child.value ?? "";
    else if (child.tagName) {
      const el = convert(child);
      children.push(el);
      text += el.text;
    }
  }
  const attrList = node.attrs ?? [];
  return {
    tag: node.tagName ?? node.nodeName,
    attrs: Object.fromEntries(attrList.map((a) => [a.name, a.value])),
    attrNames: attrList.map((a) => a.name),
    text,
    children,
  };
}

/** The parsed document as a tree of elements with their full text content. */
export function parseHtml(html: string): El {
  return convert(parse(html));
}

/** Every element of the tree, in document order. */
export function allElements(root: El): El[] {
  const out: El[] = [];
  const walk = (el: El) => {
    out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

export function byClass(root: El, tag: string, className: string): El[] {
  return allElements(root).filter((el) => el.tag === tag && (el.attrs.class ?? "").split(" ").includes(className));
}
