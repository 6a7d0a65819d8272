package org.incidex.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A test double: a connection that behaves like the real one until a statement whose SQL contains
 * {@code marker} is executed, which throws as a lost connection would. Everything else passes
 * through, so what the test sees is the store's own transaction handling.
 */
final class FailingConnection {
  private FailingConnection() {}

  static Connection failingAt(Connection real, String marker) {
    return proxy(
        Connection.class,
        (method, args) -> {
          Object result = call(real, method, args);
          if (method.getName().equals("prepareStatement")
              && ((String) args[0]).toLowerCase(Locale.ROOT).contains(marker)) {
            PreparedStatement statement = (PreparedStatement) result;
            return proxy(
                PreparedStatement.class,
                (m, a) -> {
                  if (m.getName().startsWith("execute")) {
                    throw new SQLException("connection lost (test double, at '" + marker + "')");
                  }
                  return call(statement, m, a);
                });
          }
          return result;
        });
  }

  private interface Handler {
    Object handle(Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            FailingConnection.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> handler.handle(method, args)));
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
