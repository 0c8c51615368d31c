import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../config/app-config.js';
import { HtmlSanitizer } from './html-sanitizer.js';

const sanitizer = new HtmlSanitizer(loadConfig({}));

/** Classic stored-XSS payloads (OWASP cheat sheet and friends): none may leave anything executable. */
const XSS_CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe src="https://evil.example/embed"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<body onload=alert(1)>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div onclick="alert(1)">x</div>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<details open ontoggle=alert(1)>',
  '<p onmouseover="alert(1)">hover</p>',
  '<img src="https://ok.example/a.png" onload="alert(1)">',
  '"><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<a href="//evil.example">protocol-relative</a>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

const EXECUTABLE = [/<script/i, /\bon[a-z]+\s*=/i, /javascript:/i, /vbscript:/i, /data:text\/html/i, /<svg/i, /<object/i, /<embed/i, /<iframe(?![^>]*src="https:\/\/(datawrapper\.dwcdn\.net|www\.youtube-nocookie\.com|player\.vimeo\.com)\/)/i, /style=/i, /srcdoc/i, /<meta/i, /<base/i, /<link/i, /<form/i, /href="\/\//i];

describe('HtmlSanitizer', () => {
  it.each(XSS_CORPUS)('leaves nothing executable of %s', (payload) => {
    const clean = sanitizer.sanitize(payload);
    for (const pattern of EXECUTABLE) expect({ payload, clean, match: pattern.test(clean) }).toEqual({ payload, clean, match: false });
  });

  it('keeps the structure of an article', () => {
    const html = [
      '<h2>Il contesto</h2><p>Testo con <strong>grassetto</strong>, <em>corsivo</em> e <a href="https://www.consilium.europa.eu/">un link</a>.</p>',
      '<blockquote cite="https://example.org"><p>Una citazione</p></blockquote><ul><li>uno</li><li>due</li></ul>',
      '<figure><img src="https://media.redazione.example/a.jpg" alt="Borrell a Seul" width="1200" height="800" /><figcaption>Foto: Ue</figcaption></figure>',
      '<iframe src="https://datawrapper.dwcdn.net/AbC12/1/" width="600" height="400" title="Grafico"></iframe>',
    ].join('');
    expect(sanitizer.sanitize(html)).toBe(html);
    expect(sanitizer.sanitize(html.replace(' />', '>'))).toBe(html);
  });

  it('makes links that open a new tab safe', () => {
    expect(sanitizer.sanitize('<a href="https://example.org" target="_top">x</a>')).toBe('<a href="https://example.org" target="_blank" rel="noopener noreferrer">x</a>');
  });
});
