package dev.gatehouse.application.user;

import dev.gatehouse.domain.auth.InvalidCurrentPasswordException;
import dev.gatehouse.domain.auth.PasswordPolicy;
import dev.gatehouse.domain.port.in.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.port.in.ChangeOwnPasswordUseCase;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.time.Clock;

/**
 * Replaces the caller's password after proving they know the current one. The slow hashing runs
 * outside the transaction; the write re-reads the account so that a concurrent change is not lost.
 */
public final class ChangeOwnPasswordService implements ChangeOwnPasswordUseCase {
    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final PasswordPolicy passwordPolicy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeOwnPasswordService(UserRepository users, PasswordHasher passwordHasher, PasswordPolicy passwordPolicy,
                                    UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.passwordPolicy = passwordPolicy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void changeOwnPassword(ChangeOwnPasswordCommand command) {
        User user = users.findById(command.self()).orElseThrow(() -> new UserNotFoundException(command.self()));
        if (!passwordHasher.matches(command.currentPassword(), user.passwordHash())) {
            throw new InvalidCurrentPasswordException();
        }
        passwordPolicy.check("newPassword", command.newPassword(), user.email());
        var newHash = passwordHasher.hash(command.newPassword());
        unitOfWork.run(() -> {
            User current = users.findById(command.self()).orElseThrow(() -> new UserNotFoundException(command.self()));
            users.update(current.withPasswordHash(newHash, clock.instant()));
        });
    }
}
