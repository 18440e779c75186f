package dev.sesref.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateModel;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Templates must see a record the same through {@link RecordWrapper} as through FreeMarker's
 * default wrapper: components as properties and as methods, other methods, nulls, numbers and
 * booleans, nested records and lists, printing, emptiness and passing a record back to Java. The
 * templates were written for this test; the site's own templates are covered by the golden site
 * fixture.
 */
class RecordWrapperTest {

    /** A record with each kind of component a view has, and a method that is not a component. */
    public record Item(
            String title,
            String missing,
            int count,
            boolean flag,
            List<Child> children,
            Child child) {
        public String shout(String suffix) {
            return title.toUpperCase(java.util.Locale.ROOT) + suffix;
        }

        public String summary() {
            return title + "/" + count;
        }
    }

    /** A nested record. */
    public record Child(String name) {}

    /**
     * A record with an interface: left to FreeMarker's own model, which may not be a bean for every
     * interface.
     */
    public record Ranked(int rank) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked o) {
            return Integer.compare(rank, o.rank);
        }
    }

    /** Takes a record back from a template. */
    public record Echo(String prefix) {
        public String of(Item item) {
            return prefix + item.title();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "component as property|${item.title} ${item.count} ${item.flag?c}",
                "component as method|${item.title()} ${item.count()}",
                "null component|${item.missing!'none'} ${(item.missing??)?c}",
                "other methods|${item.shout('!')} ${item.summary()}",
                "nested records and lists|<#list item.children as c>${c.name};</#list>${item.child.name}",
                "record passed back to Java|${echo.of(item)}",
                "built-ins on a record|${item?is_hash?c} ${item?has_content?c} ${item?is_string?c}",
                "printing a record|${item.child}",
            })
    void sameOutputAsDefaultWrapper(String name, String template) throws Exception {
        String fast = render(new RecordWrapper(Theme.VERSION), template);
        String plain = render(new DefaultObjectWrapper(Theme.VERSION), template);
        assertEquals(plain, fast, name);
        assertNotEquals("", fast);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"record|true", "nested record|true", "record with an interface|false"})
    void wrapsRecordsInItsOwnModel(String name, boolean expected) throws Exception {
        RecordWrapper wrapper = new RecordWrapper(Theme.VERSION);
        Object value =
                switch (name) {
                    case "record" -> item();
                    case "nested record" -> new Child("c");
                    default -> new Ranked(1);
                };
        TemplateModel model = wrapper.wrap(value);
        assertEquals(
                expected,
                model.getClass().getName().contains("RecordModel"),
                model.getClass().getName());
        assertTrue(model instanceof freemarker.template.TemplateHashModel);
    }

    private static Item item() {
        return new Item(
                "Title", null, 3, true, List.of(new Child("a"), new Child("b")), new Child("only"));
    }

    private static String render(ObjectWrapper wrapper, String source) throws Exception {
        Configuration cfg = new Configuration(Theme.VERSION);
        cfg.setObjectWrapper(wrapper);
        cfg.setAPIBuiltinEnabled(false);
        Template t = new Template("test", new StringReader(source), cfg);
        StringWriter out = new StringWriter();
        t.process(Map.of("item", item(), "echo", new Echo("echo:")), out);
        return out.toString();
    }
}
