package ru.mumo.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.telegram.telegrambots.meta.api.objects.Update;

import ru.mumo.telegram.internal.UpdateProcessor;

/**
 * Counts the SQL statements each update causes: every statement the thread processing an update prepares, through
 * JPA or plain JDBC, from the update-id insert to the commit. Counting by thread at the connection keeps the
 * outbox sender, the sweeps and the polling lease, which run on threads of their own, out of the figures; Hibernate's
 * own statistics are one counter for the whole session factory, which those threads share. Added to a bot as a bean
 * post-processor.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    private final Map<Long, List<String>> byUpdate = new ConcurrentHashMap<>();

    /** The statements of the update with this id, once it has been processed. */
    List<String> statementsOf(long updateId) {
        return byUpdate.get(updateId);
    }

    /** The statements {@code work} causes on this thread (a sweep run by hand, say). */
    List<String> during(Runnable work) {
        List<String> statements = new ArrayList<>();
        CURRENT.set(statements);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
        return List.copyOf(statements);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(dataSource);
        }
        if (bean instanceof UpdateProcessor) {
            ProxyFactory proxy = new ProxyFactory(bean);
            proxy.setProxyTargetClass(true);
            proxy.addAdvice((MethodInterceptor) invocation -> {
                if (!invocation.getMethod().getName().equals("process")) {
                    return invocation.proceed();
                }
                List<String> statements = new ArrayList<>();
                CURRENT.set(statements);
                try {
                    return invocation.proceed();
                } finally {
                    CURRENT.remove();
                    byUpdate.put(((Update) invocation.getArguments()[0]).getUpdateId().longValue(),
                            List.copyOf(statements));
                }
            });
            return proxy.getProxy();
        }
        return bean;
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (self, method, arguments) -> {
                        String name = method.getName();
                        List<String> statements = CURRENT.get();
                        if (statements != null && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                            statements.add(String.valueOf(arguments[0]));
                        } else if (statements != null && name.equals("createStatement")) {
                            statements.add("(statement)");
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
