window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-oc"]=[["oca","oca",3],["october","octob",6]];
