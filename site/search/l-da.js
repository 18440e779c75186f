window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-da"]=[["data","data",3],["date","date",32],["dated","date",32],["dates","date",32],["day","dai",27],["days","dai",27]];
