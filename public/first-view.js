// index.html's first view (the default page of results, written in by the build) is only
// right for the default view: no URL parameters, in English. This runs before the body is
// parsed and shows it (class "first-view-shown" on <html>, see style/main.css) only then; anywhere
// else the page says "Loading the Framework…" until the app has drawn the right view, as
// before. A browser without JavaScript sees neither (only the <noscript> message).
//
// The language as the app picks it (src/ui/context.rs, resolve_language; Lang::from_tag):
// the choice saved on this device, else the first supported of the browser's preferred
// languages, else English. If this ever disagrees with the app, the app removes the first
// view as it starts (src/ui/first_view.rs) rather than show it for a view it is not.
(function () {
  var supported = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
  function language(tag) {
    var primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return supported.indexOf(primary) >= 0 ? primary : null;
  }
  var lang = null;
  try {
    lang = language(localStorage.getItem('mflm-explorer.language'));
  } catch (error) {
    // Storage turned off: the app cannot read a saved choice either.
  }
  var preferred = navigator.languages || [navigator.language];
  for (var i = 0; !lang && i < preferred.length; i++) lang = language(preferred[i]);
  if (location.search.length <= 1 && (lang || 'en') === 'en') {
    document.documentElement.classList.add('first-view-shown');
  }

  // Until the app has taken over, the first view's buttons (filters, sort, exports) do
  // nothing and its search form has nowhere to go (the CSP allows no form action: Enter
  // would only log an error). A visitor who tries one is told why nothing happens; what
  // they typed is carried over by the app (src/ui/first_view.rs).
  function notYet(event) {
    var view = event.target.closest && event.target.closest('#boot .first-view');
    if (!view) return;
    if (event.type === 'submit') event.preventDefault();
    else if (!event.target.closest('button, select')) return;
    var note = view.querySelector('.first-view-waiting');
    if (note) note.textContent = 'Still loading: the search, filters and buttons work in a moment.';
  }
  document.addEventListener('click', notYet, true);
  document.addEventListener('submit', notYet, true);
})();
