window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-vo"]=[["voluntary","voluntari",1],["volunteer","volunt",5]];
