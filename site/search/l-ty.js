window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ty"]=[["type","type",32],["types","type",32],["typical","typic",7],["typically","typic",7]];
