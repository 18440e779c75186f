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
 * calls, {@code ?keys}, unwrapping, printing) is left to the model FreeMarker would have made.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
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
        TemplateModel model = super.handleUnknownType(obj);
        if (obj instanceof Record && model instanceof BeanModel bean && model instanceof TemplateScalarModel
                && model instanceof MethodCallAwareTemplateHashModel) {
            Map<String, Method> components = ACCESSORS.get(obj.getClass());
            if (!components.isEmpty()) {
                return new RecordModel(obj, bean, components, this);
            }
        }
        return model;
    }

    /**
     * The accessors of a public record's components, made accessible: {@code Method.invoke} then skips
     * the caller check, the part that walks the stack. Empty when that is refused.
     */
    private static Map<String, Method> accessors(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
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

    /** A record as FreeMarker's bean model shows it, with components read through {@link #ACCESSORS}. */
    private record RecordModel(Object record, BeanModel bean, Map<String, Method> components,
                               RecordWrapper wrapper) implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
            TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = components.get(key);
            if (accessor == null) {
                return bean.get(key);
            }
            try {
                return wrapper.wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return ((MethodCallAwareTemplateHashModel) bean).getBeforeMethodCall(key);
        }

        @Override
        public boolean isEmpty() {
            return bean.isEmpty();
        }

        @Override
        public int size() {
            return bean.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return bean.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return bean.values();
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return ((TemplateScalarModel) bean).getAsString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return bean.getAdaptedObject(hint);
        }

        @Override
        public Object getWrappedObject() {
            return bean.getWrappedObject();
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            return bean.getAPI();
        }
    }
}
