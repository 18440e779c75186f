window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-fl"]=[["flags","flag",3],["flexibility","flexibl",6],["flexible","flexibl",6],["floor","floor",7]];
