window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ur"]=[["urgent","urgent",4]];
