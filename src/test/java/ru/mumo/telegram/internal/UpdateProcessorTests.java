package ru.mumo.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The once-only rule, the apology for whatever fails, and its meters, with the database and the dispatcher as stand-ins. */
class UpdateProcessorTests {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final Dispatcher dispatcher = mock(Dispatcher.class);
    private final List<String> transactions = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UpdateProcessor processor = new UpdateProcessor(new TransactionTemplate(recordingManager()), jdbc,
            dispatcher, Clock.systemUTC(), meters);

    @Test
    void anUpdateIsMarkedAndDispatchedInOneTransaction() {
        Update update = update(7);
        processor.process(update);
        verify(jdbc).update(anyString(), any(Object[].class));
        verify(dispatcher).dispatch(update);
        assertThat(transactions).containsExactly("commit");
    }

    @Test
    void anErrorIsCaughtLikeAnExceptionSoTheUpdatesBehindItAreStillTaken() {
        Update update = update(9);
        doThrow(new StackOverflowError()).when(dispatcher).dispatch(update);
        assertThat(processor.process(update)).isEqualTo(UpdateProcessor.Outcome.FAILED);
        verify(dispatcher).apologise(update);
        assertThat(transactions).containsExactly("rollback", "commit");
        assertThat(meters.counter("mumo.updates", "kind", "other", "outcome", "failed").count()).isEqualTo(1);
        assertThat(meters.timer("mumo.updates.processing", "kind", "other", "outcome", "failed").count()).isEqualTo(1);
    }

    @Test
    void whenTheApologyFailsTooTheUpdateIsStillRecordedAsProcessed() {
        Update update = update(10);
        doThrow(new IllegalStateException("boom")).when(dispatcher).dispatch(update);
        doThrow(new OutOfMemoryError("Java heap space")).when(dispatcher).apologise(update);
        assertThat(processor.process(update)).isEqualTo(UpdateProcessor.Outcome.FAILED);
        assertThat(transactions).containsExactly("rollback", "rollback", "commit");
    }

    @Test
    void whenNothingCanBeRecordedTheCallerHearsOfItAndMustNotConfirm() {
        when(jdbc.update(anyString(), any(Object[].class))).thenThrow(new CannotGetJdbcConnectionException("down"));
        assertThatThrownBy(() -> processor.process(update(11))).isInstanceOf(UpdateProcessor.NotRecorded.class);
        assertThat(meters.counter("mumo.updates", "kind", "other", "outcome", "not_recorded").count()).isEqualTo(1);
    }

    @Test
    void anUpdateSeenBeforeIsNotDispatchedAgain() {
        when(jdbc.update(anyString(), any(Object[].class))).thenThrow(new DuplicateKeyException("update 7"));
        processor.process(update(7));
        verify(dispatcher, never()).dispatch(any());
        verify(dispatcher, never()).apologise(any());
        assertThat(transactions).containsExactly("rollback");
    }

    @Test
    void aFailureRollsBackAndThePersonGetsAnApologyInstead() {
        Update update = update(8);
        doThrow(new IllegalStateException("boom")).when(dispatcher).dispatch(update);
        processor.process(update);
        verify(dispatcher).apologise(update);
        assertThat(transactions).containsExactly("rollback", "commit");
    }

    private static Update update(int id) {
        Update update = new Update();
        update.setUpdateId(id);
        return update;
    }

    private PlatformTransactionManager recordingManager() {
        return new PlatformTransactionManager() {
            @Override
            public SimpleTransactionStatus getTransaction(TransactionDefinition definition) {
                return new SimpleTransactionStatus();
            }

            @Override
            public void commit(TransactionStatus status) {
                transactions.add("commit");
            }

            @Override
            public void rollback(TransactionStatus status) {
                transactions.add("rollback");
            }
        };
    }
}
