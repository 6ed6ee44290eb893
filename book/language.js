// The language switch: a link in the menu bar to the same page in the other
// edition. The English book is the root of the site and the Japanese one is
// in ja/ (see crates/playground/src/book.rs), so the two pages share a path.
// Also puts mdBook's own button labels into Japanese on the Japanese pages.
(() => {
  "use strict";
  const japanese = document.documentElement.lang === "ja";
  // mdBook sets path_to_root on every page ("" at the top, "../" below).
  const root = new URL(path_to_root || "./", location.href);
  let page = location.pathname.slice(new URL(root).pathname.length);
  if (page === "") page = "index.html";
  const target = new URL((japanese ? "../" : "ja/") + page, root);
  target.hash = location.hash;

  const link = document.createElement("a");
  link.id = "language-switch";
  link.href = target.href;
  link.hreflang = japanese ? "en" : "ja";
  link.lang = link.hreflang;
  link.textContent = japanese ? "English" : "日本語";
  link.title = japanese ? "Read this page in English" : "このページを日本語で読む";
  // Keep the place on the page when the reader follows a heading's link.
  window.addEventListener("hashchange", () => {
    target.hash = location.hash;
    link.href = target.href;
  });
  document.querySelector("#mdbook-menu-bar .right-buttons")?.prepend(link);

  if (!japanese) return;
  const labels = {
    "#mdbook-sidebar-toggle": "目次の表示を切り替える",
    "#mdbook-theme-toggle": "テーマを変える",
    "#mdbook-search-toggle": "検索",
    "a[href$='print.html']": "この本を印刷する",
    "a[rel='prev']": "前の章",
    "a[rel='next prefetch']": "次の章",
  };
  for (const [selector, label] of Object.entries(labels)) {
    for (const element of document.querySelectorAll(selector)) {
      element.title = label;
      element.setAttribute("aria-label", label);
    }
  }
  const search = document.querySelector("#mdbook-searchbar");
  if (search) search.placeholder = "この本を検索…";
})();
