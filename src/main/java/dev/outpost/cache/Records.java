package dev.outpost.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records written as bytes and read back equal: a record's components in order, each by its
 * declared type, which may be a string, boolean, int, long, double, enum, instant, URI, another
 * record, or an {@link Optional}, list or map of these; any may be {@code null}. Any other type is
 * refused when writing. Only classes in the package given when reading are ever made, whatever the
 * bytes.
 */
public final class Records {
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  /** A record class's components and canonical constructor. */
  private record Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      Type[] types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(raw);
        constructor.setAccessible(true);
        return new Shape(accessors, types, constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no canonical constructor in " + type.getName(), e);
      }
    }
  }

  private Records() {}

  /** The components of {@code record}, in the order declared; for {@link Canonical} too. */
  static Object[] components(Record record) {
    Method[] accessors = SHAPES.get(record.getClass()).accessors();
    Object[] components = new Object[accessors.length];
    for (int i = 0; i < accessors.length; i++) {
      components[i] = component(accessors[i], record);
    }
    return components;
  }

  /**
   * The bytes of {@code record}.
   *
   * @throws IllegalArgumentException if it holds a value of a type not listed above
   */
  public static byte[] write(Record record) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(record.getClass().getName());
      write(out, record, record.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The record in {@code bytes}, of a class in the package {@code allowed}.
   *
   * @throws IllegalArgumentException if the bytes do not hold such a record
   */
  public static Record read(byte[] bytes, String allowed) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      String name = in.readUTF();
      if (!name.startsWith(allowed + ".")) {
        throw new IllegalArgumentException("not a class of " + allowed + ": " + name);
      }
      Class<?> type = Class.forName(name, false, Records.class.getClassLoader());
      if (!type.isRecord()) {
        throw new IllegalArgumentException("not a record: " + name);
      }
      Object value = read(in, type);
      if (in.read() >= 0) {
        throw new IllegalArgumentException("bytes after the record");
      }
      return (Record) value;
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new IllegalArgumentException("not a record written by Records: " + e, e);
    }
  }

  private static void write(DataOutputStream out, Object value, Type type) throws IOException {
    out.writeBoolean(value != null);
    if (value == null) {
      return;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else if (raw == boolean.class || raw == Boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (raw == int.class || raw == Integer.class) {
      out.writeInt((Integer) value);
    } else if (raw == long.class || raw == Long.class) {
      out.writeLong((Long) value);
    } else if (raw == double.class || raw == Double.class) {
      out.writeDouble((Double) value);
    } else if (raw.isEnum()) {
      out.writeUTF(((Enum<?>) value).name());
    } else if (raw == Instant.class) {
      out.writeLong(((Instant) value).getEpochSecond());
      out.writeInt(((Instant) value).getNano());
    } else if (raw == URI.class) {
      out.writeUTF(value.toString());
    } else if (raw.isRecord() && raw == value.getClass()) {
      Shape shape = SHAPES.get(raw);
      for (int i = 0; i < shape.accessors().length; i++) {
        write(out, component(shape.accessors()[i], value), shape.types()[i]);
      }
    } else if (raw == Optional.class) {
      write(out, ((Optional<?>) value).orElse(null), argument(type, 0));
    } else if (raw == List.class) {
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object element : list) {
        write(out, element, argument(type, 0));
      }
    } else if (raw == Map.class) {
      Map<?, ?> map = (Map<?, ?>) value;
      out.writeInt(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        write(out, entry.getKey(), argument(type, 0));
        write(out, entry.getValue(), argument(type, 1));
      }
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as a " + type.getTypeName());
    }
  }

  private static Object read(DataInputStream in, Type type) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      byte[] utf8 = new byte[in.readInt()];
      in.readFully(utf8);
      return new String(utf8, StandardCharsets.UTF_8);
    } else if (raw == boolean.class || raw == Boolean.class) {
      return in.readBoolean();
    } else if (raw == int.class || raw == Integer.class) {
      return in.readInt();
    } else if (raw == long.class || raw == Long.class) {
      return in.readLong();
    } else if (raw == double.class || raw == Double.class) {
      return in.readDouble();
    } else if (raw.isEnum()) {
      return enumConstant(raw, in.readUTF());
    } else if (raw == Instant.class) {
      return Instant.ofEpochSecond(in.readLong(), in.readInt());
    } else if (raw == URI.class) {
      return URI.create(in.readUTF());
    } else if (raw.isRecord()) {
      Shape shape = SHAPES.get(raw);
      Object[] components = new Object[shape.types().length];
      for (int i = 0; i < components.length; i++) {
        components[i] = read(in, shape.types()[i]);
      }
      try {
        return shape.constructor().newInstance(components);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException("cannot make a " + raw.getName(), e);
      }
    } else if (raw == Optional.class) {
      return Optional.ofNullable(read(in, argument(type, 0)));
    } else if (raw == List.class) {
      int size = in.readInt();
      List<Object> list = new ArrayList<>(Math.min(size, 1024));
      for (int i = 0; i < size; i++) {
        list.add(read(in, argument(type, 0)));
      }
      return list;
    } else if (raw == Map.class) {
      int size = in.readInt();
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        Object key = read(in, argument(type, 0));
        map.put(key, read(in, argument(type, 1)));
      }
      return map;
    }
    throw new IllegalArgumentException("cannot read a " + type.getTypeName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class<? extends Enum>) type, name);
  }

  private static Object component(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("cannot handle the type " + type.getTypeName());
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("no type argument in " + type.getTypeName());
  }
}
