// WCAG 2.x contrast of every visible element that has text of its own, as the browser has laid the page out.
// Returns {checked, lowest, failures: [{element, text, colour, background, ratio, needed, size, weight}]}.
// The background is the element's own background colour or, when transparent, the first ancestor's that is not,
// with half-transparent layers blended on their way down to white (the canvas). Background images are not read:
// the pages use none under text (their charts are SVG without text).
const parse = (css) => {
  const m = css.match(/rgba?\(([^)]+)\)/);
  if (!m) { return [0, 0, 0, 0]; }
  const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
};
const over = (top, bottom) => {
  const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
};
const luminance = (rgb) => {
  const lin = rgb.slice(0, 3).map(v => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
};
const ratio = (a, b) => {
  const la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
};
const background = (el) => {
  const layers = [];
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    const bg = parse(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) {
      layers.push(bg);
      if (bg[3] >= 1) { break; }
    }
  }
  let colour = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) { colour = over(layers[i], colour); }
  return colour;
};
const visible = (el) => {
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) { return false; }
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) { return false; }
  // Off the page to the left or the top (a skip link before it is focused, a table head moved off on phones).
  return box.right > 0 && box.bottom + window.scrollY > 0;
};
const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
  + (el.className && typeof el.className === 'string' && el.className.trim()
     ? '.' + el.className.trim().split(/\s+/).join('.') : '')
  + (el.parentElement && el.parentElement.id ? ' in #' + el.parentElement.id : '');
const result = {checked: 0, lowest: null, failures: []};
for (const el of document.body.querySelectorAll('*')) {
  if (['SCRIPT', 'STYLE', 'OPTION', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) { continue; }
  if (el.closest('svg')) { continue; }
  const own = Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
  if (!own || !visible(el)) { continue; }
  const style = getComputedStyle(el);
  const bg = background(el);
  const fg = over(parse(style.color), bg);
  const size = parseFloat(style.fontSize);
  const weight = Number(style.fontWeight) || (style.fontWeight === 'bold' ? 700 : 400);
  const large = size >= 24 || (size >= 18.66 && weight >= 700);
  const needed = large ? 3 : 4.5;
  const r = ratio(fg, bg);
  result.checked++;
  if (result.lowest === null || r < result.lowest.ratio) {
    result.lowest = {element: describe(el), ratio: Math.round(r * 100) / 100};
  }
  if (r < needed) {
    result.failures.push({element: describe(el), text: own.slice(0, 40), colour: style.color,
      background: 'rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + ')', ratio: Math.round(r * 100) / 100,
      needed: needed, size: size, weight: weight});
  }
}
return result;
