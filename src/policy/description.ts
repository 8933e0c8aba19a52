/** Rule descriptions and reasons per language (policies may write 「日本語 / English」 or `{ja, en}`). */

/**
 * A rule description for this language: `{ja, en}` objects, or a 「日本語 / English」 string
 * split at the last ` / ` when its left side is Japanese.
 */
export function describeRule(description: unknown, lang: 'ja' | 'en'): string {
  if (description && typeof description === 'object') {
    const d = description as { ja?: unknown; en?: unknown };
    const pick = lang === 'en' ? (d.en ?? d.ja) : (d.ja ?? d.en);
    return typeof pick === 'string' ? pick : '';
  }
  const text = typeof description === 'string' ? description : '';
  const cut = text.lastIndexOf(' / ');
  if (cut > 0 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text.slice(0, cut)) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(text.slice(cut + 3))) {
    return lang === 'en' ? text.slice(cut + 3).trim() : text.slice(0, cut).trim();
  }
  return text;
}

