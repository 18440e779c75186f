window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ev"]=[["even","even",7],["event","event",2],["events","event",2],["ever","ever",1],["every","everi",23]];
