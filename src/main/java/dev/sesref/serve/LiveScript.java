package dev.sesref.serve;

/**
 * The script injected into previewed pages: reload on a good rebuild, an overlay listing problems
 * on a bad one.
 */
final class LiveScript {
    static final String PATH = "/__sesref/live.js";
    static final String EVENTS = "/__sesref/events";
    static final String TAG = "<script src=\"" + PATH + "\"></script>";

    private LiveScript() {}

    static final String SOURCE =
            """
            (function () {
              var box = null;
              function show(text) {
                if (!box) {
                  box = document.createElement('div');
                  box.id = 'sesref-overlay';
                  box.setAttribute('role', 'alert');
                  box.style.cssText = 'position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(20,20,20,.95);'
                    + 'color:#fff;font:14px/1.5 monospace;padding:24px;white-space:pre-wrap';
                  document.body.appendChild(box);
                }
                box.textContent = 'sesref: the last change does not build; this page shows the last good build.\\n\\n' + text;
              }
              var events = new EventSource('/__sesref/events');
              events.addEventListener('reload', function () { location.reload(); });
              events.addEventListener('problems', function (e) { show(e.data); });
            })();
            """;
}
