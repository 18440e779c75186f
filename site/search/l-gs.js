window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-gs"]=[["gs","gs",37],["gsa","gsa",2]];
