package dev.sesref.render;

import freemarker.ext.beans.BeanModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, except that {@code page.title} on a record calls the
 * component's accessor directly, made accessible once per record class. FreeMarker's bean model
 * finds the accessor by name and calls {@code Method.invoke}, which looks up its caller's class on
 * every call, and templates read record components tens of times per page. Everything else (method
 * calls, {@code ?keys}, unwrapping, printing) is left to the model FreeMarker would have made,
 * which is made only then: making it introspects the record's class through {@code java.beans}, a
 * cost a fresh JVM pays for each view type, and templates mostly read components only.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final ClassValue<Map<String, Method>> ACCESSORS =
            new ClassValue<>() {
                @Override
                protected Map<String, Method> computeValue(Class<?> type) {
                    return accessors(type);
                }
            };

    RecordWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        Map<String, Method> components =
                obj instanceof Record ? ACCESSORS.get(obj.getClass()) : Map.of();
        return components.isEmpty()
                ? super.handleUnknownType(obj)
                : new RecordModel(obj, components, this);
    }

    /** The model FreeMarker makes for a record: a bean model that also prints as a string. */
    private BeanModel beanModel(Object record) throws TemplateModelException {
        TemplateModel model = super.handleUnknownType(record);
        if (model instanceof BeanModel bean
                && model instanceof TemplateScalarModel
                && model instanceof MethodCallAwareTemplateHashModel) {
            return bean;
        }
        throw new TemplateModelException(
                "unexpected model " + model.getClass().getName() + " for a record");
    }

    /**
     * The accessors of a public record's components, made accessible: {@code Method.invoke} then
     * skips the caller check, the part that walks the stack. Empty when that is refused, and for
     * records that implement an interface, which FreeMarker may wrap as something else than a bean
     * (a collection, an iterator...).
     */
    private static Map<String, Method> accessors(Class<?> type) {
        if (!type.isRecord()
                || !Modifier.isPublic(type.getModifiers())
                || type.getInterfaces().length > 0) {
            return Map.of();
        }
        Map<String, Method> out = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Method accessor = c.getAccessor();
            if (!accessor.trySetAccessible()) {
                return Map.of();
            }
            out.put(c.getName(), accessor);
        }
        return Map.copyOf(out);
    }

    /**
     * A record as FreeMarker's bean model shows it, with components read through {@link
     * #ACCESSORS}; the bean model is made on first need. Used by the one thread that processes the
     * template.
     */
    private static final class RecordModel
            implements TemplateHashModelEx,
                    MethodCallAwareTemplateHashModel,
                    TemplateScalarModel,
                    AdapterTemplateModel,
                    WrapperTemplateModel,
                    TemplateModelWithAPISupport {
        private final Object record;
        private final Map<String, Method> components;
        private final RecordWrapper wrapper;
        private BeanModel bean;

        RecordModel(Object record, Map<String, Method> components, RecordWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        private BeanModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = wrapper.beanModel(record);
            }
            return bean;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = components.get(key);
            if (accessor == null) {
                return bean().get(key);
            }
            try {
                return wrapper.wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException(
                        "cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key)
                throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return ((MethodCallAwareTemplateHashModel) bean()).getBeforeMethodCall(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return bean().isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return bean().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return bean().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return bean().values();
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return ((TemplateScalarModel) bean()).getAsString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            return bean().getAPI();
        }
    }
}
