package dev.sesref.render;

import java.util.List;

/** The data model of one template call. */
public record TemplateRoot(
        Views.SiteView site, Views.PageView page, List<Views.NavLink> nav, Links links) {}
