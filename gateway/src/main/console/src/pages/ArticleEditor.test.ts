import { describe, expect, it } from 'vitest';

import { toHtml, toText } from './ArticleEditor';

describe('article text', () => {
  it('makes paragraphs of blank-line separated text and escapes markup', () => {
    expect(toHtml('第一段\n第二行\n\n<b>第二段</b> & 更多')).toBe('<p>第一段<br>第二行</p><p>&lt;b&gt;第二段&lt;/b&gt; &amp; 更多</p>');
    expect(toHtml('  \n\n ')).toBe('');
  });

  it('gives a stored article back as the paragraphs it was written from', () => {
    const text = '第一段\n第二行\n\n<b>第二段</b> & 更多';
    expect(toText(toHtml(text))).toBe(text);
    expect(toText('<p>已清理的<strong>正文</strong></p>')).toBe('已清理的正文');
  });
});
