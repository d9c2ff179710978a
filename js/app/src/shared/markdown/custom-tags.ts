/**
 * `allow_tags` (Chatbot): tags that are kept as visible text instead of being interpreted or
 * sanitised away, as Gradio 6.31 does. `true` keeps every tag that is not a standard HTML or
 * SVG element, a list keeps the named ones: with `true`, `Hi <thinking>x</thinking> <b>y</b>`
 * shows `<thinking>x</thinking>` literally and `y` in bold. Applied to the HTML marked made,
 * before math, highlighting and the sanitiser.
 */

/** Element names that `allow_tags=true` leaves to the HTML parser (lower case). */
const STANDARD_TAGS = new Set(
  [
    // HTML, including obsolete elements browsers still know
    "a abbr acronym address applet area article aside audio b base basefont bdi bdo big",
    "blockquote body br button canvas caption center cite code col colgroup data datalist dd",
    "del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form",
    "frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd",
    "label legend li link main map mark menu meta meter nav noframes noscript object ol",
    "optgroup option output p param picture pre progress q rp rt ruby s samp script search",
    "section select small source span strike strong style sub summary sup svg table tbody td",
    "template textarea tfoot th thead time title tr track tt u ul var video wbr",
    // SVG
    "g defs use symbol rect circle ellipse line polyline polygon path image text tspan textPath",
    "linearGradient radialGradient stop pattern clipPath mask filter feBlend feColorMatrix",
    "feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap",
    "feGaussianBlur feMerge feMorphology feOffset feSpecularLighting feTurbulence feMergeNode",
    "feFuncR feFuncG feFuncB feFuncA feDistantLight fePointLight feSpotLight feFlood feTile",
    "animate animateTransform animateMotion mpath set view cursor foreignObject desc metadata switch",
  ]
    .join(" ")
    .toLowerCase()
    .split(" "),
);

const TAG_START = /<\/?([a-zA-Z][^\s/<>]*)/g;

/** `html` with the `<` of every kept tag escaped, so the tag shows as text. */
export function escapeCustomTags(html: string, allow_tags: boolean | readonly string[] | null | undefined): string {
  if (!allow_tags) return html;
  const listed = Array.isArray(allow_tags) ? new Set(allow_tags.map((t) => t.toLowerCase())) : null;
  return html.replace(TAG_START, (match: string, name: string, offset: number) => {
    // `<a<b` is no tag at all to a parser: Gradio escapes it in `true` mode, never for a list.
    const glued = html[offset + match.length] === "<";
    const tag = name.toLowerCase();
    const keep = listed ? !glued && listed.has(tag) : glued || !STANDARD_TAGS.has(tag);
    return keep ? match.replace(/</g, "&lt;") : match;
  });
}
