window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-sl"]=[["sl","sl",19],["slightly","slightli",1],["slots","slot",3],["slow","slow",1],["slower","slower",2]];
