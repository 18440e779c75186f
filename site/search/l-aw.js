window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-aw"]=[["award","award",7],["awards","award",7],["away","awai",6]];
