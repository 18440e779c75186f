window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ja"]=[["january","januari",11]];
