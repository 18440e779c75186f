window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ki"]=[["kind","kind",19],["kinds","kind",19]];
