window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-os"]=[["osc","osc",3]];
