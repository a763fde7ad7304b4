import localFont from 'next/font/local';

/**
 * The site's one web font (issue 20, bug 7): a subset of Inter 4.1 (npm `inter-ui@4.1.1`, SIL OFL,
 * LICENSE-Inter.txt), variable weight 400–700, with Latin, Azerbaijani Latin (Əə Ğğ Iı İi Öö Şş Üü
 * Çç), Cyrillic with the Kazakh letters (Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі) and the currency signs ₼ ₸ € ₽:
 * system fonts lack ₼ and some Kazakh letters. 35 KB, served from the app itself. `swap` with
 * next/font's size-adjusted Arial fallback, so the swap does not move the page. README "Web font"
 * has the command that rebuilds it.
 */
export const karvanSans = localFont({
  src: './karvan-sans.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'swap',
  variable: '--font-karvan',
  adjustFontFallback: 'Arial',
});
