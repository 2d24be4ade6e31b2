package ru.mumo.shared;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.NoRollbackRuleAttribute;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Makes every {@code @Transactional} boundary let a {@link Refusal} pass without marking the transaction
 * rollback-only. A class-level {@code noRollbackFor} is replaced, not extended, by a method-level
 * {@code @Transactional(readOnly = true)}; a refusal thrown through such a method used to doom the whole
 * update, and the person got "internal error" instead of the reason. The rule is added here, once, to the
 * attributes Spring reads from the annotations, so no annotation can forget it.
 */
@Component
class RefusalsCommit implements SmartInitializingSingleton {

    private final ObjectProvider<TransactionInterceptor> interceptors;

    RefusalsCommit(ObjectProvider<TransactionInterceptor> interceptors) {
        this.interceptors = interceptors;
    }

    /** Runs once every singleton exists and before anything starts: no transaction has been opened yet. */
    @Override
    public void afterSingletonsInstantiated() {
        interceptors.orderedStream().forEach(interceptor -> {
            TransactionAttributeSource source = interceptor.getTransactionAttributeSource();
            if (source != null && !(source instanceof RefusalsNeverRollBack)) {
                interceptor.setTransactionAttributeSource(new RefusalsNeverRollBack(source));
            }
        });
    }

    /** The annotations' attributes with one more rule: a refusal commits. */
    static final class RefusalsNeverRollBack implements TransactionAttributeSource {

        private final TransactionAttributeSource delegate;

        RefusalsNeverRollBack(TransactionAttributeSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean isCandidateClass(Class<?> targetClass) {
            return delegate.isCandidateClass(targetClass);
        }

        @Override
        public boolean hasTransactionAttribute(Method method, Class<?> targetClass) {
            return delegate.hasTransactionAttribute(method, targetClass);
        }

        @Override
        public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
            TransactionAttribute attribute = delegate.getTransactionAttribute(method, targetClass);
            if (attribute instanceof RuleBasedTransactionAttribute rules) {
                // The delegate caches one attribute per method; the rule is added to it once.
                synchronized (rules) {
                    List<RollbackRuleAttribute> current = rules.getRollbackRules();
                    boolean present = current.stream().anyMatch(r -> r instanceof NoRollbackRuleAttribute
                            && r.getExceptionName().equals(Refusal.class.getName()));
                    if (!present) {
                        List<RollbackRuleAttribute> extended = new ArrayList<>(current);
                        extended.add(new NoRollbackRuleAttribute(Refusal.class));
                        rules.setRollbackRules(extended);
                    }
                }
            }
            return attribute;
        }
    }
}
