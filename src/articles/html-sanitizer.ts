import { Injectable } from '@nestjs/common';
import sanitizeHtml from 'sanitize-html';
import { AppConfig } from '../config/app-config.js';

const TEXT = ['p', 'br', 'hr', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote', 'ul', 'ol', 'li', 'a', 'code', 'pre'];
const MEDIA = ['figure', 'figcaption', 'img', 'iframe'];
const TABLES = ['table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption'];

/**
 * Article HTML on write, against an allow-list: text structure, links with safe schemes, figures with
 * images and captions, tables, and iframes only from EMBED_HOSTS. Scripts, event handlers, styles and
 * every other scheme are dropped, so stored HTML is safe to render as it is.
 */
@Injectable()
export class HtmlSanitizer {
  private readonly options: sanitizeHtml.IOptions;

  constructor(config: AppConfig) {
    this.options = {
      allowedTags: [...TEXT, ...MEDIA, ...TABLES],
      allowedAttributes: {
        a: ['href', 'title', 'target', 'rel'],
        img: ['src', 'alt', 'width', 'height', 'title'],
        iframe: ['src', 'width', 'height', 'title', 'allowfullscreen', 'loading'],
        th: ['colspan', 'rowspan', 'scope'],
        td: ['colspan', 'rowspan'],
        blockquote: ['cite'],
      },
      allowedSchemes: ['https', 'http', 'mailto'],
      allowedSchemesByTag: { img: ['https', 'http'], iframe: ['https'] },
      allowProtocolRelative: false,
      allowedIframeHostnames: config.EMBED_HOSTS,
      disallowedTagsMode: 'discard',
      nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template'],
      transformTags: {
        // Links that open a new tab must not hand the opener to the target.
        a: (tagName, attributes) => ({
          tagName,
          attribs: attributes.target ? { ...attributes, target: '_blank', rel: 'noopener noreferrer' } : attributes,
        }),
      },
      exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs.src,
    };
  }

  sanitize(html: string): string {
    return sanitizeHtml(html, this.options).trim();
  }
}
