import type { NewsletterCatalog } from './catalog.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface EmailContent {
  heading: string;
  paragraphs: string[];
  action: { label: string; url: string };
  notes: string[];
  manageUrl: string;
}

export interface RenderedEmail {
  html: string;
  text: string;
}

const STYLE = 'font-family:Georgia,serif;max-width:560px;margin:0 auto;color:#222;line-height:1.5';

/** One email as HTML and plain text from the same content; every text is escaped, links included. */
export function renderEmail(catalog: NewsletterCatalog, content: EmailContent): RenderedEmail {
  const paragraphs = content.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  const notes = content.notes.map((text) => `<p style="color:#666;font-size:14px">${escapeHtml(text)}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="${escapeHtml(catalog.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(content.heading)}</title></head>
<body><div style="${STYLE}">
<h1 style="font-size:22px">${escapeHtml(content.heading)}</h1>
${paragraphs}
<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 18px;background:#1a4d8f;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>
${notes}
<hr><p style="color:#666;font-size:12px">${escapeHtml(catalog.footer.reason)}<br><a href="${escapeHtml(content.manageUrl)}">${escapeHtml(catalog.footer.manage)}</a></p>
</div></body></html>
`;
  const text = [
    content.heading,
    '',
    ...content.paragraphs,
    '',
    `${content.action.label}: ${content.action.url}`,
    '',
    ...content.notes,
    '',
    '--',
    catalog.footer.reason,
    `${catalog.footer.manage}: ${content.manageUrl}`,
    '',
  ].join('\n');
  return { html, text };
}

/** A minimal page the API serves for an email link; `body` is HTML the caller built from escaped parts. */
export function renderPage(catalog: NewsletterCatalog, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(catalog.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body><main style="${STYLE};padding:16px">
<h1 style="font-size:22px">${escapeHtml(title)}</h1>
${body}
</main></body></html>
`;
}
