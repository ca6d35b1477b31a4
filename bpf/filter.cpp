// compile(): parse, generate, optimize, linearize, check.
#include "ringdump/bpf/filter.hpp"

#include <new>

#include "emit.hpp"
#include "gencode.hpp"
#include "optimize.hpp"
#include "parser.hpp"

namespace rd::bpf {

Result<FilterProgram> compile(std::string_view expr, const CompileOptions& opts) {
    Result<ast::NodePtr> tree = parse(expr);
    if (!tree) return tree.error();
    try {
        ir::Arena arena;
        gen::Gen g(arena, opts);
        ir::Block* root = g.program(tree->get());
        if (opts.optimize && !g.no_optimize()) {
            opt::Optimizer(root).run();
            if (root->s.code == (op::RET | op::K) && root->s.k == 0)
                return Error{"expression rejects all packets"};
        }
        FilterProgram prog{linearize(root)};
        if (std::string why = validate(prog.insns, true); !why.empty())
            return Error{"internal error: generated program is invalid: " + why};
        return prog;
    } catch (const gen::CompileError& e) {
        return Error{e.what()};
    } catch (const std::bad_alloc&) {
        return Error{"out of memory compiling filter"};
    }
}

std::string kernel_refusal(const FilterProgram& prog) { return validate(prog.insns, false); }

}  // namespace rd::bpf
