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
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * FreeMarker's default object wrapper, except that {@code page.title} on a record reads the component
 * through an accessor made once per record class. FreeMarker calls the accessor with
 * {@code Method.invoke}, which looks up its caller's class on every call, and templates read record
 * components tens of times per page. Everything else (method calls, {@code ?keys}, unwrapping,
 * printing) is left to the model FreeMarker would have made.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final ClassValue<Map<String, Function<Object, Object>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
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
            Map<String, Function<Object, Object>> components = ACCESSORS.get(obj.getClass());
            if (!components.isEmpty()) {
                return new RecordModel(obj, bean, components, this);
            }
        }
        return model;
    }

    /** Accessor functions of a public record's components; empty when they cannot be made. */
    private static Map<String, Function<Object, Object>> accessors(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
            return Map.of();
        }
        Map<String, Function<Object, Object>> out = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            for (RecordComponent c : type.getRecordComponents()) {
                MethodHandle getter = lookup.unreflect(c.getAccessor());
                CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class), getter,
                        MethodType.methodType(getter.type().returnType().isPrimitive()
                                ? getter.type().wrap().returnType() : getter.type().returnType(), type));
                @SuppressWarnings("unchecked")
                Function<Object, Object> f = (Function<Object, Object>) site.getTarget().invoke();
                out.put(c.getName(), f);
            }
        } catch (Throwable e) {
            // Not accessible from here (a nested type of a non-public class...): FreeMarker's own path.
            return Map.of();
        }
        return Map.copyOf(out);
    }

    /** A record as FreeMarker's bean model shows it, with components read through {@link #ACCESSORS}. */
    private record RecordModel(Object record, BeanModel bean, Map<String, Function<Object, Object>> components,
                               RecordWrapper wrapper) implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
            TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Function<Object, Object> accessor = components.get(key);
            return accessor == null ? bean.get(key) : wrapper.wrap(accessor.apply(record));
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
