package dev.gatehouse.application.admin;

import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.port.in.CreateUserCommand;
import dev.gatehouse.domain.port.in.CreateUserUseCase;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.User;

public final class CreateUserService implements CreateUserUseCase {
    private final AccountOpener accountOpener;
    private final UnitOfWork unitOfWork;

    public CreateUserService(AccountOpener accountOpener, UnitOfWork unitOfWork) {
        this.accountOpener = accountOpener;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public User createUser(CreateUserCommand command) {
        accountOpener.checkPassword(command.email(), command.password());
        return unitOfWork.inTransaction(() -> accountOpener.open(
                command.email(), command.password(), command.displayName(), command.roles()));
    }
}
