window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-cd"]=[["cdp","cdp",8],["cdps","cdp",8]];
