window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-eq"]=[["equal","equal",3],["equals","equal",3],["equivalent","equival",9]];
