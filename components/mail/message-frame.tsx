/**
 * A mail's HTML in a sandboxed srcdoc frame: no scripts, no same-origin access (the message cannot
 * read this site's cookies or DOM), links open at the top level when clicked.
 */
export function MessageFrame({ html, title }: { html: string; title: string }) {
  const base = '<base target="_top">';
  const srcDoc = /<head[^>]*>/i.test(html) ? html.replace(/<head([^>]*)>/i, `<head$1>${base}`) : `${base}${html}`;
  return (
    <iframe
      title={title}
      srcDoc={srcDoc}
      sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      className="h-[32rem] w-full rounded-lg border border-slate-200 bg-white"
    />
  );
}
